-- Every escape sequence of Lua 5.1 string literals, printed as byte codes.
local function codes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.byte(s, i) end
  return table.concat(t, " ")
end
print(codes("\a\b\f\n\r\t\v"))
print(codes("\\\"\'"))
print(codes("\0\1\12\123\255"))
print(codes("\0001"))
print(codes("\65\066\0677"))
print(codes("a\
b"))
print(codes('single \'quoted\' "dq"'))
print(codes("\9\10\13"))
print(#"\0\0\0")
print("tab:\tend")
print("x\65y")
print("\104\101\108\108\111")
print(codes("\z"))
print(codes("\q\w"))
print("\"quoted\"")
print('it\'s')
print(codes("\
"))
