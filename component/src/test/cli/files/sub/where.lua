error("in a subfolder")
