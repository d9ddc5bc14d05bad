-- a module in nested folders, reached with dots in its name
return "leaf of " .. (...)
