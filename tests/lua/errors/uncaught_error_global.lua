-- An uncaught "attempt to call global" error at the top level.
print("start")
not_defined_anywhere(1, 2)
