-- The exact message of a Lua-level stack overflow: position prefix and text.
local function rec() local x = rec(); return x end
local ok, err = pcall(rec)
print(ok, err)
