global using System.Net;
global using NUnit.Framework;
global using SupportDesk.Tests.Shared;
global using SupportDesk.WebApi.FunctionalTests.Support;
