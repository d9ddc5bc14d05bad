-- if/elseif/else chains and truthiness: only nil and false are false.
local function classify(v)
  if v == nil then return "nil"
  elseif v == false then return "false"
  elseif type(v) == "number" and v < 0 then return "negative"
  elseif v == 0 then return "zero"
  else return "other" end
end
print(classify(nil), classify(false), classify(-1), classify(0), classify(""), classify({}))
local function truthy(v) if v then return "T" else return "F" end end
print(truthy(0), truthy(""), truthy(nil), truthy(false), truthy(0 / 0), truthy("false"))
if nil then print("no") elseif false then print("no") end
print("done")
