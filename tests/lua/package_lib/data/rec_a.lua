-- requires rec_b, which requires this module again
return {b = require("rec_b")}
