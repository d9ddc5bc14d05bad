-- long strings and comments with levels, first newline skipped, nesting
print([[
first newline skipped]])
print([==[contains ]] and ]=] inside]==])
print([=[
]=] == "")
print(#[[

two]])
--[==[ long comment with ]] inside
still comment ]==] print("after comment")
--[[ ]] print("same line after comment")
print([[a\nb]], [[\]])
print("\65\066\0677", "\x41", "\z")
print(loadstring("return '\\256'"))
print(loadstring("return '\\999'"))
print(loadstring("return '\\255'") ~= nil)
print(loadstring("return [==[ unterminated"))
print(loadstring("return [=x"))
print(loadstring("--[[ unterminated comment"))
print(loadstring("return 'abc"))
print(loadstring("return \"abc\ndef\""))
print(#"\0\00\000", "a\
b")
print("\a\b\f\v" == "\7\8\12\11", "\q")
