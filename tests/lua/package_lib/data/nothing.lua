-- a module returning nothing and setting no package.loaded entry
loaded_nothing = (loaded_nothing or 0) + 1
