global using Moq;
global using NUnit.Framework;
global using SupportDesk.Application.Common.Exceptions;
global using SupportDesk.Application.Common.Interfaces;
global using SupportDesk.Application.UnitTests.Support;
