-- os.getenv of a missing variable, os.tmpname/rename/remove errors on missing files.
print(os.getenv("LUNACY_SURELY_UNDEFINED_VARIABLE"))
print(os.remove("no_such_file_for_lunacy_tests.txt"))
print(os.rename("no_such_file_for_lunacy_tests.txt", "other_name.txt"))
print(type(os.getenv("PATH")))
