-- a module for -l
print("loading", ...)
mod_loaded = true
return { name = "mod" }
