"""The names people read for the two seed articles (see provenance.views.names)."""

SOURCE_NAME = "Al Jazeera · Syrian rebel groups to attend peace talks in Astana"
COPY_NAME = "All Syrian opposition factions agree to attend Astana talks"
