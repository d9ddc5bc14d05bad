-- Count hooks: every test of a numeric for loop (OP_FORLOOP, the last one
-- included) is an instruction, and a running hook does not count
-- its own work. Only ranges are printed: lua5.1 counts instructions.
local a = 0
debug.sethook(function (e) a = a + 1 end, "", 1)
a = 0; for i = 1, 1000 do end; local r1 = a
debug.sethook(function (e) a = a + 1 end, "", 4)
a = 0; for i = 1, 1000 do end; local r2 = a
debug.sethook(function (e) a = a + 1 end, "", 4000)
a = 0; for i = 1, 1000 do end; local r3 = a
debug.sethook()
print(1000 < r1 and r1 < 1012, 250 < r2 and r2 < 255, r3)
