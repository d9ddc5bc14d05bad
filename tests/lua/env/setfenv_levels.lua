-- setfenv with a level changes the environment of a running function.
local function changer()
  setfenv(2, {print = print, marker = "new env"})
end
local function user()
  changer()
  return marker
end
print(user())
print(marker)
local function self_change()
  local p = print
  setfenv(1, {v = "mine"})
  return v
end
print(self_change())
print(pcall(setfenv, 50, {}))
print(pcall(setfenv, 1, 2))
print(pcall(setfenv, print, {}))
