-- Helper for base/dofile_results.lua: several results, globals set, the chunk's varargs.
dofile_results_seen = select("#", ...)
return 1, nil, "three", dofile_results_seen
