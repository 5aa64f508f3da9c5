-- post.lua -- wrk script for `make bench`: POSTs the fixture articles to
-- /v1/extract as text/plain, in turn. The article list comes from the
-- BENCH_ARTICLES environment variable (paths separated by spaces).
--
-- No response() callback: with one, wrk hands every answer's headers and
-- body (some 35 KB here) to Lua, which cost the client about 40% more CPU
-- per request on the cores the server is measured on. Answers that are not
-- 200 are wrk's own count of statuses over 399 (the routes answer nothing
-- in 1xx-3xx).

local bodies = {}
local n = 0

function init(args)
   for p in string.gmatch(os.getenv("BENCH_ARTICLES") or "", "%S+") do
      local f = assert(io.open(p, "rb"))
      local body = f:read("*a")
      f:close()
      table.insert(bodies, wrk.format("POST", wrk.path,
         { ["Content-Type"] = "text/plain; charset=utf-8" }, body))
   end
   assert(#bodies > 0, "BENCH_ARTICLES names no files")
end

function request()
   n = n % #bodies + 1
   return bodies[n]
end

function done(summary, latency, requests)
   io.write(string.format("wrk.non200 %d\n", summary.errors.status))
   io.write(string.format("wrk.requests %d\n", summary.requests))
   io.write(string.format("wrk.errors %d\n", summary.errors.connect + summary.errors.read +
      summary.errors.write + summary.errors.timeout))
   io.write(string.format("wrk.rps %.0f\n", summary.requests / (summary.duration / 1e6)))
   io.write(string.format("wrk.p50_ms %.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("wrk.p99_ms %.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("wrk.max_ms %.2f\n", latency.max / 1000))
end
