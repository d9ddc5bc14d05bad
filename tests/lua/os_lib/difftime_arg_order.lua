-- os.difftime: which argument is reported when both are bad (lua5.1 checks
-- the second one first), and the results of good ones.
print(pcall(os.difftime, "a", "b"))
print(pcall(os.difftime, "a", 1))
print(pcall(os.difftime, 1, "b"))
print(pcall(os.difftime, "a"))
print(pcall(os.difftime))
print(pcall(os.difftime, nil, {}))
print(os.difftime(10, 4), os.difftime(4, 10), os.difftime(7), os.difftime("12", "2"))
print(os.difftime(5.9, 1.2))
