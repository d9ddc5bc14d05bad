-- A bad argument to a bit function that nobody catches ends the program.
print(bit.bor(1, 2))
print(bit.tohex(bit.bor(0xf0, 0x0f), 2))
local x = bit.bor(1, {})
print("not reached", x)
