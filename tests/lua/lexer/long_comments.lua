-- Long comments with levels and short comments that look like long ones.
print(1) --[[ a long
comment ]] print(2)
--[==[ level 2 comment
with ]] inside and ]=] too
]==] print(3)
--[ not a long comment, just a short one ]] print("hidden")
print(4)
--[=x this is a short comment too
print(5)
local x = 10 --[[inline]] + 5
print(x)
--[[]] print(6)
---[[ a short comment that disables the block start
print(7)
--]]
print(8) -- trailing comment
--
print(9)
