-- Nested resumes count toward the C call limit as lua_resume does: a resume fails with
-- "C stack overflow" only when the resumer is already 200 C calls deep, so wrap and resume
-- chains reach one level deeper than a check made after counting the resume itself.
local function viawrap(n)
  if n == 0 then return "done" end
  return coroutine.wrap(viawrap)(n - 1)
end
local function viaresume(n)
  if n == 0 then return "done" end
  local ok, r = coroutine.resume(coroutine.create(viaresume), n - 1)
  if not ok then error(r, 0) end
  return r
end
local function show(tag, n, ok, e)
  local _, count = string.gsub(e, "resume_c_stack_limit.lua:%d+: ", "")
  print(tag, n, ok, count, (string.gsub(e, "^.*: ", "")))
end
for n = 195, 199 do show("wrap", n, pcall(viawrap, n)) end
for n = 195, 199 do show("resume", n, pcall(viaresume, n)) end
for n = 196, 198 do show("direct", n, true, viaresume(n)) end
-- inside a coroutine the chain starts one resume deeper
for n = 194, 198 do
  print(coroutine.resume(coroutine.create(function()
    local ok, e = pcall(viawrap, n)
    return n, ok, #e
  end)))
end
-- the second resume of a coroutine that yielded is checked the same way
local function yielder(n)
  if n == 0 then return "done" end
  local co = coroutine.wrap(function(m) coroutine.yield("first") return yielder(m) end)
  co(n - 1)
  return co()
end
for n = 195, 199 do show("again", n, pcall(yielder, n)) end
