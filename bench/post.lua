-- post.lua -- wrk script for `make bench`: POSTs the fixture articles to
-- /v1/extract as text/plain, in turn, and counts answers that are not 200.
-- The article list comes from the BENCH_ARTICLES environment variable
-- (paths separated by spaces).

local bodies = {}
local n = 0
local bad = 0
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   for p in string.gmatch(os.getenv("BENCH_ARTICLES") or "", "%S+") do
      local f = assert(io.open(p, "rb"))
      local body = f:read("*a")
      f:close()
      table.insert(bodies, wrk.format("POST", "/v1/extract",
         { ["Content-Type"] = "text/plain; charset=utf-8" }, body))
   end
   assert(#bodies > 0, "BENCH_ARTICLES names no files")
end

function request()
   n = n % #bodies + 1
   return bodies[n]
end

function response(status, headers, body)
   if status ~= 200 then
      bad = bad + 1
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, t in ipairs(threads) do
      total = total + (t:get("bad") or 0)
   end
   io.write(string.format("wrk.non200 %d\n", total))
   io.write(string.format("wrk.requests %d\n", summary.requests))
   io.write(string.format("wrk.errors %d\n", summary.errors.connect + summary.errors.read +
      summary.errors.write + summary.errors.status + summary.errors.timeout))
   io.write(string.format("wrk.rps %.0f\n", summary.requests / (summary.duration / 1e6)))
   io.write(string.format("wrk.p50_ms %.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("wrk.p99_ms %.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("wrk.max_ms %.2f\n", latency.max / 1000))
end
