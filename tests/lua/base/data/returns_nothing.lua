x_loaded = (x_loaded or 0) + 1
