-- An uncaught error raised deep in nested calls; the message names the innermost line.
local function level3(t) return t.value.inner end
local function level2(t) return level3(t) end
local function level1() return level2({}) end
print("calling")
print(level1())
