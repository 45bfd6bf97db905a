"""Wiredesk: syndication scenarios built from Reuters-21578 stories (package in progress)."""
