-- dofile() with no argument runs standard input as a chunk and returns its
-- results; a second call sees the input already consumed.
print("start")
print(dofile())
print(stdin_chunk_ran)
print(select("#", dofile()))
