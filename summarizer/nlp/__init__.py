"""Language processing: sentences and words, offline."""
