-- upper/lower over all 256 bytes: only ASCII letters change in the C locale.
local s = {}
for i = 0, 255 do s[#s + 1] = string.char(i) end
s = table.concat(s)
local up, low = s:upper(), s:lower()
local changed_up, changed_low = 0, 0
for i = 1, 256 do
  if up:byte(i) ~= s:byte(i) then changed_up = changed_up + 1 end
  if low:byte(i) ~= s:byte(i) then changed_low = changed_low + 1 end
end
print(changed_up, changed_low)
print(up:sub(66, 92), low:sub(98, 124))
print(("ÄÖÜäöü"):upper() == "ÄÖÜäöü")
