using ListingLint.Evaluation;

return EvaluationCommand.Run(args, Console.Out);
