-- Generated programs: nested numeric/generic for, while and repeat loops with breaks, locals
-- captured by closures that later update and read them (fresh locals per iteration).
SEED = 3
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local function gen(depth, vars)
  local lines = {}
  local n = rnd(4) + 1
  for i = 1, n do
    local c = rnd(depth > 2 and 5 or 9)
    local v = vars[rnd(#vars) + 1]
    if c == 0 then lines[#lines + 1] = "fs[#fs + 1] = function() " .. v .. " = " .. v .. " + 1; return " .. v .. " end"
    elseif c == 1 then lines[#lines + 1] = "fs[#fs + 1] = function() return " .. v .. " end"
    elseif c == 2 then lines[#lines + 1] = v .. " = " .. v .. " * 2 + " .. rnd(5)
    elseif c == 3 then lines[#lines + 1] = "if " .. v .. " % 3 == " .. rnd(3) .. " then break end"
    elseif c == 4 then lines[#lines + 1] = "out[#out + 1] = " .. v
    elseif c == 5 then
      local nv = "i" .. depth .. "_" .. i
      local body = gen(depth + 1, {nv, unpack(vars)})
      lines[#lines + 1] = "for " .. nv .. " = 1, " .. (rnd(4) + 1) .. " do local l" .. depth .. i .. " = " .. nv .. "\n" .. body .. "\nend"
    elseif c == 6 then
      local nv = "w" .. depth .. "_" .. i
      local body = gen(depth + 1, {nv, unpack(vars)})
      lines[#lines + 1] = "do local " .. nv .. " = " .. rnd(10) .. "\nlocal k = 0\nwhile k < " .. (rnd(3) + 1) .. " do k = k + 1\n" .. body .. "\nend end"
    elseif c == 7 then
      local nv = "r" .. depth .. "_" .. i
      local body = gen(depth + 1, {nv, unpack(vars)})
      lines[#lines + 1] = "do local cnt = 0 repeat cnt = cnt + 1 local " .. nv .. " = cnt * 10\n" .. body .. "\nuntil cnt >= " .. (rnd(3) + 1) .. " end"
    else
      local nv = "p" .. depth .. "_" .. i
      local body = gen(depth + 1, {nv, unpack(vars)})
      lines[#lines + 1] = "for _, " .. nv .. " in ipairs({" .. rnd(9) .. ", " .. rnd(9) .. ", " .. rnd(9) .. "}) do\n" .. body .. "\nend"
    end
  end
  return table.concat(lines, "\n")
end
for prog = 1, 40 do
  local src = "local fs, out = {}, {}\nlocal a, b = 1, 2\nfor outer = 1, 2 do\n" .. gen(0, {"a", "b", "outer"}) .. "\nend\n" ..
    "for i = 1, #fs do out[#out + 1] = 'f' .. fs[i]() end\nfor i = 1, #fs do out[#out + 1] = 'g' .. fs[i]() end\nreturn table.concat(out, ' ')"
  local f, err = loadstring(src, "=prog" .. prog)
  if not f then print(prog, err) else
    local ok, r = pcall(f)
    print(prog, ok, r)
  end
end
