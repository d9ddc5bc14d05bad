-- Long strings keep backslashes and quotes literally; they can contain quotes of both kinds.
local s = [[a\tb\n"quoted" 'single' \\ \065]]
print(s, #s)
print(s:find("\\", 1, true))
local t = [==[with ]] and ]=] and [[ inside]==]
print(t)
