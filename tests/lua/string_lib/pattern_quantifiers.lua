-- Quantifiers * + - ? and their greedy/lazy behaviour on single character classes.
local s = "<a><b><c>"
print(s:match("<.*>"), s:match("<.->"), s:match("<.+>"))
print(("aaab"):match("a*"), ("aaab"):match("a+b"), ("b"):match("a?b"), ("ab"):match("a?b"))
print(("color colour"):gsub("colou?r", "C"))
print(("xxx"):match("x-$"), ("abc"):match("a.-c"))
print(("123abc"):match("^%d*"), ("abc"):match("^%d*") == "")
print(("  x"):match("^ *x"), ("aaa"):match("^a-a$"))
print(("a+b"):match("a%+b"), ("a.b"):match("a%.b"))
print(("ab"):match("(a*)(b?)(c?)"))
