-- a module that stores its own package.loaded value and returns nothing
package.loaded[...] = "set by the module"
