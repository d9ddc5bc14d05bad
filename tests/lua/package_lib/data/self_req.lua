-- requires itself while loading
require("self_req")
return 1
