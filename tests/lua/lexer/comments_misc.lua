-- Comments at ends of lines, a shebang-free file, comments right before EOF.
local t = { -- comment inside constructor
  1, -- one
  2, --[[ two ]] 3,
}
print(#t, t[1], t[2], t[3])
local s = "--not a comment"
print(s)
local s2 = [=[--[[ not a comment either]]]=]
print(s2)
print("a" -- comment between
  .. "b")
-- final comment without newline at the end
