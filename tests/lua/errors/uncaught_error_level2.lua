-- An uncaught error with level 2 is reported at the caller's line.
local function validate(x)
  if type(x) ~= "number" then error("number expected, got " .. type(x), 2) end
  return x
end
print(validate(1))
print(validate("s"))
