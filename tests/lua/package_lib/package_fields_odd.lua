-- package fields set to odd values, one chunk per line run under pcall: a number as
-- package.path, missing paths, require using the registry's _LOADED (not package.loaded) and the
-- current package.preload, and module names with leading, trailing or doubled dots.
local chunks = {
  [=[package.cpath = "./?.so" package.path = 5 return pcall(require, "zz_missing")]=],
  [=[package.path = nil return pcall(require, "zz_missing2")]=],
  [=[package.cpath = {} package.path = "" return pcall(require, "zz_missing3")]=],
  [=[local old = package.loaded package.loaded = {} package.preload.q1 = function() return "q1" end local r = require("q1") local ok = old.q1 package.loaded = old return r, ok, package.loaded.q1]=],
  [=[local reg = debug.getregistry() return reg._LOADED == package.loaded]=],
  [=[local old = package.loaded debug.getregistry()._LOADED = {} package.preload.q2 = function() return "q2" end local ok, e = pcall(require, "q2") debug.getregistry()._LOADED = old return ok, e]=],
  [=[local old = package.preload package.preload = {q3 = function() return "new preload" end} local r = require("q3") package.preload = old return r]=],
  [=[local t = {} module("m_in_t") return _NAME]=],
  [=[return package.seeall({}) ]=],
  [=[local m = {} package.loaded.mmx = m local f = loadstring("module('mmx') return _M") return f() == m, m._NAME, m._PACKAGE]=],
  [=[local f = loadstring("module('mmy.') return _NAME, _PACKAGE") return f()]=],
  [=[local f = loadstring("module('.mmz') return _NAME, _PACKAGE") return pcall(f)]=],
  [=[local f = loadstring("module('') return _NAME, _PACKAGE") return pcall(f)]=],
  [=[local f = loadstring("module('a..b') return _NAME, _PACKAGE") return pcall(f)]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
