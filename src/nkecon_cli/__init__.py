"""nkecon: a command-line fact base for the North Korean economy."""
