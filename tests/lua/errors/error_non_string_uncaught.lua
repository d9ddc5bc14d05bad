-- An uncaught error(404): numbers count as strings, so it gets a position prefix.
print("about to fail")
error(404)
