-- a module declared with module(), using package.seeall
module(..., package.seeall)
local count = 0
function new(kind)
  count = count + 1
  return {kind = kind, id = count}
end
function total() return count end
name_seen = _NAME
package_seen = _PACKAGE
