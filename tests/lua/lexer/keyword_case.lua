-- Keywords are case sensitive: End, NIL, True, IF are ordinary names.
local End, NIL, True, IF, Return = 1, 2, 3, 4, 5
print(End + NIL + True + IF + Return)
local t = {End = "e", If = "i"}
print(t.End, t.If)
print(nil == NIL, true == True)
