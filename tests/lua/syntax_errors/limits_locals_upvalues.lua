-- compiler limits: locals, upvalues, and parameters
local function tryload(s) local f, e = loadstring(s) print(f ~= nil, e) end
local many = {}
for i = 1, 201 do many[#many + 1] = "local v" .. i .. " = " .. i end
tryload(table.concat(many, "\n"))
many = {}
for i = 1, 200 do many[#many + 1] = "local v" .. i .. " = " .. i end
tryload(table.concat(many, "\n"))
local ups = {}
for i = 1, 61 do ups[#ups + 1] = "local u" .. i .. " = " .. i end
local uses = {}
for i = 1, 61 do uses[#uses + 1] = "u" .. i end
tryload(table.concat(ups, "\n") .. "\nreturn function() return " .. table.concat(uses, "+") .. " end")
local params = {}
for i = 1, 200 do params[#params + 1] = "p" .. i end
tryload("return function(" .. table.concat(params, ",") .. ") end")
tryload("local " .. table.concat(params, ",") .. ", extra = 1")
tryload("x = " .. string.rep("(", 300) .. "1" .. string.rep(")", 300))
tryload(string.rep("do ", 250) .. string.rep("end ", 250))
