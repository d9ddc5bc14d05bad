-- Whitespace: tabs, vertical tabs, form feeds, CR LF line ends between tokens.
local a	=	1
local b=2
print(a,	b)
print(a
+
b)
local c = "x" ..


"y"
print(c)
print(debug and 1)
