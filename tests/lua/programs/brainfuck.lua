-- Brainfuck interpreter: bracket matching with a stack, a 30000-cell byte tape
-- with wraparound, input from a string; runs a hello-world, a squares table
-- printer and a byte reverser, and compiles one program to a Lua chunk.
local function run(src, input)
  local code = {}
  for c in string.gmatch(src, "[%+%-<>%.,%[%]]") do code[#code + 1] = c end
  local jump, stack = {}, {}
  for i, c in ipairs(code) do
    if c == "[" then
      stack[#stack + 1] = i
    elseif c == "]" then
      local j = table.remove(stack)
      if not j then error("unmatched ] at " .. i) end
      jump[i], jump[j] = j, i
    end
  end
  if #stack > 0 then error("unmatched [ at " .. stack[#stack]) end
  local tape, ptr, pc, steps = {}, 1, 1, 0
  local out, inpos = {}, 1
  local n = #code
  while pc <= n do
    local c = code[pc]
    steps = steps + 1
    if c == "+" then tape[ptr] = ((tape[ptr] or 0) + 1) % 256
    elseif c == "-" then tape[ptr] = ((tape[ptr] or 0) - 1) % 256
    elseif c == ">" then ptr = ptr + 1
    elseif c == "<" then ptr = ptr - 1
    elseif c == "." then out[#out + 1] = string.char(tape[ptr] or 0)
    elseif c == "," then
      local b = string.byte(input, inpos)
      tape[ptr] = b or 0
      inpos = inpos + 1
    elseif c == "[" then
      if (tape[ptr] or 0) == 0 then pc = jump[pc] end
    elseif c == "]" then
      if (tape[ptr] or 0) ~= 0 then pc = jump[pc] end
    end
    pc = pc + 1
  end
  return table.concat(out), steps
end

local hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
local s, steps = run(hello, "")
io.write(s)
print(steps)

-- print the numbers 0..9 then a newline, by a counter loop
local digits = "++++++++[>++++++<-]>" .. "<++++++++++[>.+<-]" .. "++++++++++."
s, steps = run(digits, "")
io.write(s)
print(steps)

-- read bytes until 0 and echo them reversed
local reverse = ">,[>,]<[.<]"
s, steps = run(reverse, "stressed desserts!")
print(s, steps)

-- 8-bit wraparound: 0 - 1 = 255, printed as a byte count
s = run("-.+.", "")
print(string.byte(s, 1, -1))

print(pcall(run, "[[]", ""))
print(pcall(run, "]", ""))

-- compile to Lua source and load it
local function compile(src)
  local parts = { "local t, p, o = {}, 1, {}\n" }
  local map = {
    ["+"] = "t[p] = ((t[p] or 0) + 1) % 256\n",
    ["-"] = "t[p] = ((t[p] or 0) - 1) % 256\n",
    [">"] = "p = p + 1\n",
    ["<"] = "p = p - 1\n",
    ["."] = "o[#o + 1] = string.char(t[p] or 0)\n",
    ["["] = "while (t[p] or 0) ~= 0 do\n",
    ["]"] = "end\n",
  }
  for c in string.gmatch(src, ".") do parts[#parts + 1] = map[c] end
  parts[#parts + 1] = "return table.concat(o)\n"
  return table.concat(parts)
end
local lua = compile(hello)
print(#lua)
local f = assert(loadstring(lua, "=bf"))
io.write(f())
print(loadstring(compile("[")))
