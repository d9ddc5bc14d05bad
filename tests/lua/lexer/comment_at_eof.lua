-- A file whose last line is a comment without a trailing newline.
print("before")
-- end