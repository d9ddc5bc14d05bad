-- Line events where lua5.1 has (or lacks) instructions: none for the rest
-- of the line that called debug.sethook, one for a main chunk's final return
-- (the line of its last token), the condition's line for a multi-line 'if',
-- and none for 'local' statements that start out nil at a function's start
-- or right after another such statement (merged into one OP_LOADNIL).
local function trace (s)
  local lines = {}
  local f = assert(loadstring(s))
  debug.sethook(function (e, l) lines[#lines + 1] = l end, "l"); f(); debug.sethook()
  print(table.concat(lines, " "))
end

trace("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n")
trace("--\nif nil then\n  a=1\nelse\n  a=2\nend\n")
trace("a=1\nrepeat\n  a=a+1\nuntil a==3\n")
trace(" do\n  return\nend\n")
trace("local a\na=1\nwhile a<=3 do\n  a=a+1\nend\n")
trace("while math.sin(1) do\n  if math.sin(1)\n  then\n    break\n  end\nend\na=1")
trace("for i=1,3 do\n  a=i\nend\n")
trace("for i,v in pairs{'a','b'} do\n  a=i..v\nend\n")
trace("for i=1,4 do a=1 end")
trace("local a\nlocal b = nil\nlocal c, d\na = 1\nlocal e\nlocal f\n\nlocal g = 2\n")
trace("local x = 1\nif x == 1 then a = 1\nelseif\nx == 2 then a = 2 end\n")
trace("local x = 2\nif x == 1 then a = 1\nelseif\nx == 2 then a = 2 end\n")
trace("local function f ()\n  local a\n  local b\n  return 1\nend\nf()\n")
trace("a = 1\n\n\n")
trace("")
