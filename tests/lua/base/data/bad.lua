-- Helper for dofile_loadfile.lua: a chunk with a syntax error.
local x = = 1
