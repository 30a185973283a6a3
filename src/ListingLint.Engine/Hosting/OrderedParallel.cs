namespace ListingLint.Engine.Hosting;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order. Each worker takes the next item
/// and carries it through the whole map, so no worker waits for another at a barrier; at most
/// <c>window</c> results are computed ahead of the caller, which bounds memory.
/// </summary>
internal static class OrderedParallel
{
    /// <remarks>
    /// The source is enumerated by the workers, one at a time. A caller that stops early stops the workers after the
    /// item each is mapping; an exception thrown by <paramref name="map"/> ends the run and is rethrown to the caller.
    /// </remarks>
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int workers, int window)
    {
        var run = new Run<TSource, TResult>(source, map, Math.Max(1, workers), Math.Max(1, window));
        return run.Results();
    }

    private sealed class Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int workers, int window)
    {
        private readonly object _gate = new();
        private readonly Dictionary<int, TResult> _done = [];
        private readonly SemaphoreSlim _slots = new(window);
        private readonly CancellationTokenSource _stop = new();
        private IEnumerator<TSource>? _items;
        private int _taken;
        private int _running;
        private Exception? _failure;

        public IEnumerable<TResult> Results()
        {
            using var items = source.GetEnumerator();
            _items = items;
            _running = workers;
            var threads = new Task[workers];
            for (var i = 0; i < workers; i++)
                threads[i] = Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning);
            try
            {
                for (var next = 0; ; next++)
                {
                    TResult result;
                    lock (_gate)
                    {
                        bool found;
                        while (!(found = _done.Remove(next, out result!)) && _failure is null && _running > 0)
                            Monitor.Wait(_gate);
                        if (_failure is not null)
                            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
                        if (!found)
                            yield break;
                    }
                    yield return result;
                    _slots.Release();
                }
            }
            finally
            {
                _stop.Cancel();
                Task.WaitAll(threads);
                _slots.Dispose();
                _stop.Dispose();
            }
        }

        private void Work()
        {
            try
            {
                while (TryTake(out var item, out var index))
                {
                    var result = map(item);
                    lock (_gate)
                    {
                        _done[index] = result;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                    _failure ??= e;
                _stop.Cancel();
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private bool TryTake(out TSource item, out int index)
        {
            item = default!;
            index = -1;
            try
            {
                _slots.Wait(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            lock (_items!)
            {
                if (_stop.IsCancellationRequested || !_items.MoveNext())
                {
                    _stop.Cancel();
                    return false;
                }
                item = _items.Current;
                index = _taken++;
                return true;
            }
        }
    }
}
