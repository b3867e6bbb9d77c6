"""Everything that turns records into text: machine formats, terminal views, exports."""
