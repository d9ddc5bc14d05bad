-- Single and double quoted strings, quotes of the other kind inside.
print("it's", 'say "hi"', "", '')
print(#"", #'', #"a", #'ab')
print("a" == 'a')
print("\'" == "'", '\"' == '"')
print([[it's "both"]])
print(("x"):rep(3))
print(#"\n", #"\\n")
