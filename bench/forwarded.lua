-- wrk script: every request comes from a different client address (a random
-- X-Forwarded-For), so per-address rate limits (the address search allows 60 a
-- minute) do not turn the benchmark into a count of 429s. The server must run with
-- GEMENG_TRUST_FORWARDED_FOR=true.
local threads = 0

function setup(thread)
  thread:set("seed", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() * 16 + seed)
end

function request()
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d",
    math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format()
end
